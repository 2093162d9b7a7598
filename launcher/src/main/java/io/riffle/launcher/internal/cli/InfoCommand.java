package io.riffle.launcher.internal.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    private ProgramOptions program;

    @Option(names = "--json", description = "Print the plan as the REST API answers it (Flink's plan JSON).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!program.valid("info", err)) {
            return 2;
        }
        Optional<RestClient> rest = jobManager.restClient("info", err);
        if (rest.isEmpty()) {
            return 2;
        }
        RestClient client = rest.get();
        try {
            JobBundleFile.check(program.bundle());
            String jarId = client.upload(program.bundle());
            String path = "/jars/" + RestClient.encode(jarId);
            String answer;
            try {
                answer = client.postText(path + "/plan", program.body(), RestClient.PROGRAM_TIMEOUT);
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
            return ClientFailures.report(err, "info", client.base(), e, jobManager.verbose());
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
