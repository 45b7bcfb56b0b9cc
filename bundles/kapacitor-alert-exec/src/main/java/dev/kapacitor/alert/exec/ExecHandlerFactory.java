package dev.kapacitor.alert.exec;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.config.ConfigSection;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code .exec(prog, args...)}: runs the program once per alert event with the event's JSON
 * (Kapacitor's alert data, newline ended) on its standard input. A non-zero exit, or a program
 * running past the timeout (then killed), is an error of the handler whose message carries the
 * exit code and the program's output.
 */
@Component(service = {AlertHandlerFactory.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=exec", ConfigSection.SECTION + "=exec",
                ConfigSection.PID + "=dev.kapacitor.alert.exec"},
        configurationPid = "dev.kapacitor.alert.exec")
@Designate(ocd = ExecConfig.class)
public final class ExecHandlerFactory implements AlertHandlerFactory, ConfigSection {
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .variadicArgs(OptionType.STRING, OptionType.STRING)
            .build();

    private volatile ProgramRunner runner = new ProgramRunner(10_000, 4096);

    @Activate
    @Modified
    void configure(ExecConfig c) {
        runner = new ProgramRunner(c.timeout$_$ms(), c.max$_$output$_$bytes());
    }

    void runner(ProgramRunner r) {
        runner = r;
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        List<String> command = new ArrayList<>(options.args().size());
        for (Object a : options.args()) {
            command.add((String) a);
        }
        if (command.isEmpty() || command.get(0).isEmpty()) {
            throw new IllegalArgumentException("exec needs a program");
        }
        List<String> cmd = List.copyOf(command);
        return (AlertEvent event) -> runner.run(cmd, event.json() + "\n");
    }
}
