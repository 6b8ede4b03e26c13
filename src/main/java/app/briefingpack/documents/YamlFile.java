package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.briefingpack.text.TextCleaner;
import app.briefingpack.text.SafeYaml;

/**
 * A YAML mapping read with SnakeYAML's safe constructor (no arbitrary classes) and strict
 * accessors: a missing key, an unknown key or a value of the wrong type is a
 * {@link LayoutFileException} whose message names the file and the key.
 */
final class YamlFile {

    /** A layout or theme file is a page of settings; anything this large is not one. */
    private static final int MAX_CHARS = 256 * 1024;

    private final String file;
    private final String path;
    private final Map<String, Object> map;

    private YamlFile(String file, String path, Map<String, Object> map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    @SuppressWarnings("unchecked")
    static YamlFile parse(String file, String text) {
        Object o;
        try {
            o = TextCleaner.cleanYaml(SafeYaml.load(text, file, 1, MAX_CHARS, 20, false));
        } catch (SafeYaml.Problem e) {
            throw new LayoutFileException(e.getMessage(), e);
        }
        if (!(o instanceof Map)) throw new LayoutFileException(file + ": expected a mapping of keys to values");
        return new YamlFile(file, "", new LinkedHashMap<>((Map<String, Object>) o));
    }

    private String key(String k) { return path.isEmpty() ? k : path + "." + k; }

    LayoutFileException error(String k, String what) {
        return new LayoutFileException(file + ": key '" + key(k) + "': " + what);
    }

    /** Fails on keys other than those allowed. */
    void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        Set<String> unknown = new TreeSet<>();
        for (Object k : map.keySet()) if (!allowed.contains(String.valueOf(k))) unknown.add(String.valueOf(k));
        if (!unknown.isEmpty())
            throw new LayoutFileException(file + ": unknown key '" + key(unknown.iterator().next()) + "' (allowed: "
                    + String.join(", ", new TreeSet<>(allowed)) + ")");
    }

    boolean has(String k) { return map.containsKey(k); }

    private Object require(String k) {
        Object v = map.get(k);
        if (v == null) throw error(k, "missing");
        return v;
    }

    String string(String k) {
        Object v = require(k);
        if (v instanceof Map || v instanceof List) throw error(k, "expected a single value");
        return String.valueOf(v);
    }

    float number(String k, float min, float max) {
        Object v = require(k);
        if (!(v instanceof Number n)) throw error(k, "expected a number, got '" + v + "'");
        float f = n.floatValue();
        if (!(f >= min && f <= max)) throw error(k, "must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(f));
        return f;
    }

    int integer(String k, int min, int max) {
        Object v = require(k);
        if (!(v instanceof Integer i)) throw error(k, "expected a whole number, got '" + v + "'");
        if (i < min || i > max) throw error(k, "must be between " + min + " and " + max + ", got " + i);
        return i;
    }

    boolean bool(String k) {
        Object v = require(k);
        if (!(v instanceof Boolean b)) throw error(k, "expected true or false, got '" + v + "'");
        return b;
    }

    @SuppressWarnings("unchecked")
    YamlFile section(String k) {
        Object v = require(k);
        if (!(v instanceof Map)) throw error(k, "expected a mapping");
        return new YamlFile(file, key(k), new LinkedHashMap<>((Map<String, Object>) v));
    }

    List<String> strings(String k) {
        Object v = require(k);
        if (!(v instanceof List<?> l)) throw error(k, "expected a list");
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o == null || o instanceof Map || o instanceof List) throw error(k, "expected a list of names");
            out.add(String.valueOf(o));
        }
        return out;
    }

    List<Float> numbers(String k, int count, float min, float max) {
        Object v = require(k);
        if (!(v instanceof List<?> l) || l.size() != count) throw error(k, "expected a list of " + count + " numbers");
        List<Float> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof Number n)) throw error(k, "expected numbers, got '" + o + "'");
            float f = n.floatValue();
            if (!(f >= min && f <= max)) throw error(k, "values must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(f));
            out.add(f);
        }
        return out;
    }

    private static String fmt(float f) {
        return f == Math.rint(f) ? Integer.toString((int) f) : Float.toString(f);
    }
}
