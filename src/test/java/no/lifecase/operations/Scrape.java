package no.lifecase.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One answer of {@code /actuator/prometheus} in Prometheus's text format, read sample by sample. */
record Scrape(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {

        boolean has(Map<String, String> wanted) {
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }

    static Scrape parse(String text) {
        var samples = new ArrayList<Sample>();
        for (var line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new Scrape(samples);
    }

    Set<String> names() {
        var names = new TreeSet<String>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    List<Sample> all(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The one sample of this name with these labels (among others), if the scrape has it. */
    Optional<Double> value(String name, Map<String, String> labels) {
        var found = all(name).stream().filter(sample -> sample.has(labels)).toList();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " samples of " + name + " have the labels " + labels + ": " + found);
        }
        return found.stream().findFirst().map(Sample::value);
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        var labels = new LinkedHashMap<String, String>();
        String name;
        int rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            rest = labels(line, brace + 1, labels);
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        var value = line.substring(rest).strip().split(" ")[0];
        return new Sample(name, labels, Double.parseDouble(value.replace("+Inf", "Infinity").replace("-Inf", "-Infinity")));
    }

    /** Reads {@code a="x",b="y"}} from {@code at}; returns where the value begins. */
    private static int labels(String line, int at, Map<String, String> labels) {
        int i = at;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            var label = line.substring(i, equals);
            var value = new StringBuilder();
            i = equals + 2;   // past ="
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\') {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            labels.put(label, value.toString());
            i++;   // past the closing quote
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }
}
