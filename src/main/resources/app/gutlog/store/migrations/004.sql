-- GutLog schema version 4: dairy and zinc are neutral measures.
-- Neither source article calls dairy a risk factor ("Leaky Gut Explained" lists intolerance to dairy among the signs
-- of a leaky gut, not among its causes), and neither recommends zinc as a support (low zinc is named among the
-- deficiencies that may hinder repair). Both stay built-in measures with their keys, names, groups, units, exposure
-- rules and every logged value; only their kind becomes 'other', so that GutLog no longer presents them as a risk
-- factor or a support. A custom measure that happens to use one of these keys is left as it is.

UPDATE measure SET kind = 'other'
 WHERE builtin = 1 AND key IN ('dairy', 'zinc');
