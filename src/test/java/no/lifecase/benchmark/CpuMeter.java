package no.lifecase.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by each process of a run: this JVM (the Lifecase nodes, and the benchmark's own client threads that
 * publish events and play citizens and caseworkers), the register JVM and PostgreSQL (the postmaster and all its
 * processes, from /proc, with the time of the processes that ended already).
 */
final class CpuMeter {

    private final SimulatedRegisters registers;
    private final long postmasterPid;
    private final double ticksPerSecond = ticksPerSecond();

    CpuMeter(SimulatedRegisters registers, BenchmarkDatabase database) {
        this.registers = registers;
        this.postmasterPid = database.postmasterPid();
    }

    /** What each process has used so far. */
    record Snapshot(long wallNanos, long lifecaseNanos, long registersNanos, long postgresTicks) {
    }

    /** CPU seconds each process used over an interval of wall time. NaN where a process could not be read. */
    record Use(double wallSeconds, double lifecaseSeconds, double registersSeconds, double postgresSeconds) {

        static final Use NONE = new Use(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        double totalSeconds() {
            return lifecaseSeconds + registersSeconds + postgresSeconds;
        }

        /** Lifecase's own share: its JVM and its database, without the registers it calls. */
        double lifecaseAndDatabaseSeconds() {
            return lifecaseSeconds + postgresSeconds;
        }
    }

    Snapshot now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), registers.cpu().toNanos(), postgresTicks());
    }

    Use since(Snapshot before) {
        var after = now();
        return new Use((after.wallNanos() - before.wallNanos()) / 1e9, (after.lifecaseNanos() - before.lifecaseNanos()) / 1e9,
                (after.registersNanos() - before.registersNanos()) / 1e9,
                before.postgresTicks() < 0 || after.postgresTicks() < 0 ? Double.NaN
                        : (after.postgresTicks() - before.postgresTicks()) / ticksPerSecond);
    }

    /**
     * utime + stime of the postmaster and of every process it started, plus cutime + cstime of the postmaster (its
     * ended children). -1 where /proc cannot tell (a server elsewhere).
     */
    private long postgresTicks() {
        if (postmasterPid <= 0) {
            return -1;
        }
        var postmaster = stat(postmasterPid);
        if (postmaster == null) {
            return -1;
        }
        long ticks = postmaster[11] + postmaster[12] + postmaster[13] + postmaster[14];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                var child = stat(Long.parseLong(dir.getFileName().toString()));
                if (child != null && child[1] == postmasterPid) {
                    ticks += child[11] + child[12];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks;
    }

    /** The numeric fields of /proc/{pid}/stat after the command's name: [0] is the state, [1] the parent's pid. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            var values = new long[15];
            for (int i = 1; i < values.length; i++) {
                values[i] = Long.parseLong(fields[i]);
            }
            return values;
        } catch (IOException | RuntimeException e) {
            return null;   // ended meanwhile, or not on Linux
        }
    }

    private static double ticksPerSecond() {
        try {
            var process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? Double.parseDouble(answer) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
