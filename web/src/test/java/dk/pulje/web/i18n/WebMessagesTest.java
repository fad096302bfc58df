package dk.pulje.web.i18n;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text a page shows exists in Danish and English: no key shows up raw on a screen. */
class WebMessagesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
    private static final Pattern HISTORY_FIELD = Pattern.compile("\\.field\\(\"([a-zA-Z]+)\"");
    private static final Pattern HISTORY_AREA = Pattern.compile("AuditedPart\\.of\\([A-Za-z]+\\.class, \"([a-zA-Z]+)\"\\)");
    private static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(ProjectStatus.class, ProjectType.class,
            PartnerRole.class, BudgetCategory.class, FinancingKind.class, ReportType.class, ReportStatus.class,
            MilestoneStatus.class, AccountsTier.class, OwnFinancingCheck.class, SubPoolKind.class,
            ProjectChange.ChangeKind.class, dk.pulje.domain.model.account.Role.class,
            dk.pulje.domain.model.account.SecurityEventType.class,
            dk.pulje.application.imports.RowStatus.class, dk.pulje.application.imports.ImportField.class);

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                collect(PAGE_KEY, Files.readString(page), "", used);
            }
        }
        assertTrue(used.size() > 50, "the scan found the keys: " + used);
        assertAllPresent(used);
    }

    @Test
    void everyEnumConstantOnAPageHasALabel() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        assertAllPresent(keys);
    }

    @Test
    void everyAreaAndFieldOfTheHistoryHasALabel() throws IOException {
        String history = Files.readString(Path.of("../ejb/src/main/java/dk/pulje/application/history/ProjectHistoryService.java"));
        Set<String> keys = new TreeSet<>();
        collect(HISTORY_FIELD, history, "history.field.", keys);
        collect(HISTORY_AREA, history, "history.area.", keys);
        assertTrue(keys.size() > 20, keys.toString());
        assertAllPresent(keys);
    }

    private static void assertAllPresent(Set<String> keys) throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(bundle(file).stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in " + file);
        }
    }

    private static void collect(Pattern pattern, String text, String prefix, Set<String> keys) {
        Matcher matcher = pattern.matcher(text);
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
        try (InputStream in = WebMessagesTest.class.getResourceAsStream("/dk/pulje/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
