package app.gutlog.cli;

import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.domain.CsvOptions;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns option values shared by several commands into their types, with usage errors that say what is allowed. */
final class CommandOptions {

    private CommandOptions() {}

    static CsvOptions csvOptions(CommandSpec spec, String format, String separator, boolean bom) {
        if (!format.equals("wide") && !format.equals("long")) {
            throw new ParameterException(spec.commandLine(), "--format is wide or long, not '" + format + "'");
        }
        if (!separator.equals(",") && !separator.equals(";")) {
            throw new ParameterException(spec.commandLine(), "--separator is ',' or ';', not '" + separator + "'");
        }
        return new CsvOptions(CsvOptions.Layout.fromCode(format), separator.charAt(0), bom);
    }

    static OnExisting onExisting(CommandSpec spec, String code) {
        return Arrays.stream(OnExisting.values()).filter(policy -> policy.code().equals(code)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--on-existing is one of "
                        + Arrays.stream(OnExisting.values()).map(OnExisting::code).collect(Collectors.joining(", "))
                        + ", not '" + code + "'"));
    }
}
