package io.riffle.api.java.typeutils;

import io.riffle.api.java.tuple.Tuple2;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Data types shared by the type extraction, serializer and aggregation tests. */
public final class TestingTypes {

    private TestingTypes() {}

    /** A tuple subclass that binds both field types. */
    public static class WordCount extends Tuple2<String, Integer> {
        private static final long serialVersionUID = 1L;

        public WordCount() {}

        public WordCount(String word, Integer count) {
            super(word, count);
        }
    }

    /** A POJO with public fields, including a primitive and nested types. */
    public static class Person {
        public String name;
        public int age;
        public Long score;
        public List<String> tags;

        public Person() {}

        public Person(String name, int age, Long score, List<String> tags) {
            this.name = name;
            this.age = age;
            this.score = score;
            this.tags = tags;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Person p && Objects.equals(name, p.name) && age == p.age
                    && Objects.equals(score, p.score) && Objects.equals(tags, p.tags);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age, score, tags);
        }

        @Override
        public String toString() {
            return "Person(" + name + ", " + age + ", " + score + ", " + tags + ")";
        }
    }

    /** A POJO with private fields behind getters and setters, a boolean with isX, and a transient field. */
    public static class Account {
        private String owner;
        private double balance;
        private boolean active;
        private Map<String, Integer> limits;
        private transient String cache = "not serialized";

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public double getBalance() {
            return balance;
        }

        public void setBalance(double balance) {
            this.balance = balance;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Map<String, Integer> getLimits() {
            return limits;
        }

        public void setLimits(Map<String, Integer> limits) {
            this.limits = limits;
        }

        public String getCache() {
            return cache;
        }
    }

    /** Not a POJO: {@code secret} has no getter. */
    public static class NoGetter {
        public String visible;
        private String secret;

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** Not a POJO: no public no-argument constructor. */
    public static class NoDefaultConstructor {
        public String value;

        public NoDefaultConstructor(String value) {
            this.value = value;
        }
    }

    /** A generic POJO: usable only with its type argument known. */
    public static class Wrapper<T> {
        public T value;
        public String label;
    }

    /** A generic POJO base class, bound by {@link Labelled}. */
    public static class Base<T> {
        public T value;
    }

    public static class Labelled extends Base<Long> {
        public String label;
    }

    /** A generic tuple subclass: usable through a type hint that binds {@code T}. */
    public static class Timed<T> extends Tuple2<T, Long> {
        private static final long serialVersionUID = 1L;
    }

    /** A record; components keep their declaration order. */
    public record Event(String user, long timestamp, Integer amount) {}

    /** A record nesting other types. */
    public record Envelope(Event event, Tuple2<String, Long> header, byte[] payload) {}

    public enum Level {
        LOW,
        HIGH
    }
}
