package dk.pulje.domain.model.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule the code can break has a message in Danish and in English, and every message can be shown. */
class MessagesTest {

    private static final Pattern RULE = Pattern.compile("new (?:RuleViolation|ConcurrentChange)\\(\"([a-zA-Z.]+)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("new MessageKey\\(\"([a-zA-Z.]+)\"\\)");
    private static final Pattern FIELD = Pattern.compile("Text\\.required\\([^,]+, \"([a-zA-Z.]+)\"\\)");
    private static final Pattern SUBJECT = Pattern.compile("\"(subject\\.[a-zA-Z]+)\"");

    @Test
    void everyKeyTheCodeUsesHasDanishAndEnglishText() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src/main/java"));
        assertTrue(used.size() > 40, "the scan found the keys: " + used);
        Properties danish = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        Set<String> missingDanish = new TreeSet<>(used);
        missingDanish.removeAll(danish.stringPropertyNames());
        Set<String> missingEnglish = new TreeSet<>(used);
        missingEnglish.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missingDanish, "keys without Danish text");
        assertEquals(Set.of(), missingEnglish, "keys without English text");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageFormatsWithArguments() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties messages = bundle(file);
            for (String key : messages.stringPropertyNames()) {
                String shown = new MessageFormat(messages.getProperty(key))
                        .format(new Object[]{"A", "B", new Date(0)});
                assertTrue(!shown.contains("{") && !shown.isBlank(), file + " " + key + ": " + shown);
            }
        }
    }

    private static Set<String> keysUsedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                collect(RULE, code, "", keys);
                collect(MESSAGE_KEY, code, "", keys);
                collect(FIELD, code, "field.", keys);
                collect(SUBJECT, code, "", keys);
            }
        }
        return keys;
    }

    private static void collect(Pattern pattern, String code, String prefix, Set<String> keys) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1));
        }
    }

    /**
     * The bundle, refusing a key written twice: the last one would silently win, and merges of parallel work have
     * left such pairs with different texts.
     */
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    throw new IllegalStateException(name + " has the key " + key + " twice");
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dk/pulje/domain/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
