package dev.kapacitor.alert.exec;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.config.ConfigSection;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.support.AlertJson;
import dev.kapacitor.api.alert.AlertLevel;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code .exec(prog, args...)}: runs the program once per alert event with the event's JSON
 * (Kapacitor's alert data, newline ended) on its standard input. A non-zero exit, or a program
 * running past the timeout (then killed), is an error of the handler whose message carries the
 * exit code and the program's output. Also an "exec" service test (Kapacitor has none): runs
 * {@code prog} with {@code args} and a test alert on its standard input.
 */
@Component(service = {AlertHandlerFactory.class, ServiceTest.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=exec", ConfigSection.SECTION + "=exec",
                ConfigSection.PID + "=dev.kapacitor.alert.exec"},
        configurationPid = "dev.kapacitor.alert.exec")
@Designate(ocd = ExecConfig.class)
public final class ExecHandlerFactory implements AlertHandlerFactory, ServiceTest, ConfigSection {
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
        List<String> cmd = command(options.args());
        return (AlertEvent event) -> runner.run(cmd, event.json() + "\n");
    }

    private static List<String> command(List<?> progAndArgs) {
        List<String> command = new ArrayList<>(progAndArgs.size());
        for (Object a : progAndArgs) {
            command.add(String.valueOf(a));
        }
        if (command.isEmpty() || command.get(0).isEmpty()) {
            throw new IllegalArgumentException("exec needs a program");
        }
        return List.copyOf(command);
    }

    @Override
    public String name() {
        return "exec";
    }

    /** The options of the exec topic handler: no program is run unless one is given. */
    @Override
    public Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("prog", "");
        o.put("args", new ArrayList<>());
        return o;
    }

    @Override
    public void test(Map<String, Object> o) throws IOException, InterruptedException {
        List<Object> progAndArgs = new ArrayList<>();
        progAndArgs.add(ServiceTest.string(o, "prog"));
        if (o.get("args") instanceof List<?> args) {
            progAndArgs.addAll(args);
        }
        runner.run(command(progAndArgs), testAlert(Instant.now()).json() + "\n");
    }

    static AlertEvent testAlert(Instant now) {
        return AlertEvent.builder().id("test").message("test exec message").time(now).level(AlertLevel.CRITICAL)
                .taskName("test").jsonEncoder(AlertJson::encode).build();
    }
}
