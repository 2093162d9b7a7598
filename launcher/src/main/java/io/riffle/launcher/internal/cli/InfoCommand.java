package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.InvalidConfigurationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code riffle info}: uploads a job bundle, asks the JobManager for the plan of the job its
 * {@code main()} builds ({@code POST /jars/:jarid/plan}; nothing runs), prints it, and deletes the
 * upload again.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Verb: show the job graph a job bundle's main() builds (vertices, parallelism, edges), without running it.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    private JobManagerOptions jobManager;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Default parallelism of the job (default: the cluster's).")
    private Integer parallelism;

    @Option(names = {"-c", "--class"}, paramLabel = "CLASS", description = "The class whose main() to run (default: the bundle's Main-Class).")
    private String entryClass;

    @Option(names = "--json", description = "Print the plan as the REST API answers it (Flink's plan JSON).")
    private boolean json;

    @Parameters(index = "0", paramLabel = "JOB_BUNDLE", description = "The job bundle (a JAR).")
    private Path bundle;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments of the job's main().")
    private List<String> args = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parallelism != null && parallelism < 1) {
            err.println("riffle info: --parallelism must be at least 1");
            return 2;
        }
        String base;
        try {
            base = jobManager.baseUrl();
        } catch (InvalidConfigurationException e) {
            err.println("riffle info: " + e.getMessage());
            return 2;
        }
        RestClient client = new RestClient(base);
        try {
            JobBundleFile.check(bundle);
            String jarId = client.upload(bundle);
            String path = "/jars/" + RestClient.encode(jarId);
            String answer;
            try {
                answer = client.postText(path + "/plan", ProgramBody.json(entryClass, args, parallelism), RestClient.PROGRAM_TIMEOUT);
            } finally {
                client.delete(path);
            }
            if (json) {
                out.println(answer);
            } else {
                print(out, (Map<?, ?>) ((Map<?, ?>) JsonReader.read(answer)).get("plan"));
            }
            return 0;
        } catch (Exception e) {
            return ClientFailures.report(err, "info", base, e, jobManager.verbose());
        }
    }

    static void print(PrintWriter out, Map<?, ?> plan) {
        List<?> nodes = (List<?>) plan.get("nodes");
        Map<Object, Integer> numbers = new HashMap<>();
        out.println("Job: " + plan.get("name") + " (" + plan.get("jid") + ")");
        out.println("Vertices:");
        for (Object item : nodes) {
            Map<?, ?> node = (Map<?, ?>) item;
            numbers.put(node.get("id"), numbers.size() + 1);
            out.println("  [" + numbers.get(node.get("id")) + "] " + node.get("operator") + "  (parallelism "
                    + ((Number) node.get("parallelism")).intValue() + ")");
        }
        out.println("Edges:");
        boolean any = false;
        for (Object item : nodes) {
            Map<?, ?> node = (Map<?, ?>) item;
            Object inputs = node.get("inputs");
            for (Object in : inputs instanceof List<?> list ? list : List.of()) {
                Map<?, ?> input = (Map<?, ?>) in;
                out.println("  [" + numbers.get(input.get("id")) + "] -> [" + numbers.get(node.get("id")) + "]  "
                        + input.get("ship_strategy") + " (" + input.get("exchange") + ")");
                any = true;
            }
        }
        if (!any) {
            out.println("  (none: the job is one chain)");
        }
    }
}
