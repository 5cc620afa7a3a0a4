package app.gutlog.cli;

import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.domain.CsvOptions;
import app.gutlog.text.Texts;
import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns option values shared by several commands into their types, with usage errors that say what is allowed. */
final class CommandOptions {

    private CommandOptions() {}

    static CsvOptions csvOptions(CommandSpec spec, String format, String separator, boolean bom) {
        if (!format.equals("wide") && !format.equals("long")) {
            throw new ParameterException(spec.commandLine(), texts().format("cli.options.format", format));
        }
        if (!separator.equals(",") && !separator.equals(";")) {
            throw new ParameterException(spec.commandLine(), texts().format("cli.options.separator", separator));
        }
        return new CsvOptions(CsvOptions.Layout.fromCode(format), separator.charAt(0), bom);
    }

    static OnExisting onExisting(CommandSpec spec, String code) {
        return Arrays.stream(OnExisting.values()).filter(policy -> policy.code().equals(code)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), texts().format("cli.options.onExisting",
                        texts().list(Arrays.stream(OnExisting.values()).map(OnExisting::code).toList()), code)));
    }

    private static Texts texts() {
        return Texts.of(CommandOptions.class);
    }
}
