package dk.pulje.web.dashboards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The dashboards' tabs, in the order they are shown (labels {@code dashboard.nav.<page>}). */
@Named
@ApplicationScoped
public class DashboardNav {

    private static final List<String> PAGES = List.of("index", "round", "distribution", "cofinancing", "money", "timeline",
            "reports", "compare", "organisations");

    public List<String> getPages() {
        return PAGES;
    }
}
