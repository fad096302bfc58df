package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectDetail.GoalView;
import dk.pulje.application.project.ProjectService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The content tab: target groups, activities and result goals with their indicators. Each list has one small form
 * below it that adds a new item, or changes the item whose "Ret" was pressed (as the round page does for sub-pools).
 */
@Named
@ViewScoped
public class ContentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    /** The position of the target group or activity being changed; null: a new one. */
    private Integer targetGroupPosition;
    private String targetGroup;
    private Integer activityPosition;
    private String activity;
    private Long goalId;
    private String goal;
    private String indicators;

    public void editTargetGroup(int position) {
        targetGroupPosition = position;
        targetGroup = page.getProject().targetGroups().get(position);
    }

    public void saveTargetGroup() {
        long id = page.getProject().id();
        Integer position = targetGroupPosition;
        if (page.change(() -> {
            if (position == null) {
                projects.addTargetGroup(id, page.version(), targetGroup);
            } else {
                projects.changeTargetGroup(id, page.version(), position, targetGroup);
            }
        }, "workspace.targetGroup.saved")) {
            clearTargetGroup();
        }
    }

    public void removeTargetGroup(int position) {
        page.change(() -> projects.removeTargetGroup(page.getProject().id(), page.version(), position),
                "workspace.targetGroup.removed");
        clearTargetGroup();
    }

    public void clearTargetGroup() {
        targetGroupPosition = null;
        targetGroup = null;
    }

    public void editActivity(int position) {
        activityPosition = position;
        activity = page.getProject().activities().get(position);
    }

    public void saveActivity() {
        long id = page.getProject().id();
        Integer position = activityPosition;
        if (page.change(() -> {
            if (position == null) {
                projects.addActivity(id, page.version(), activity);
            } else {
                projects.changeActivity(id, page.version(), position, activity);
            }
        }, "workspace.activity.saved")) {
            clearActivity();
        }
    }

    public void removeActivity(int position) {
        page.change(() -> projects.removeActivity(page.getProject().id(), page.version(), position),
                "workspace.activity.removed");
        clearActivity();
    }

    public void clearActivity() {
        activityPosition = null;
        activity = null;
    }

    public void editGoal(GoalView view) {
        goalId = view.id();
        goal = view.description();
        indicators = view.indicators();
    }

    public void saveGoal() {
        long id = page.getProject().id();
        Long editing = goalId;
        if (page.change(() -> {
            if (editing == null) {
                projects.addGoal(id, page.version(), goal, indicators);
            } else {
                projects.changeGoal(id, page.version(), editing, goal, indicators);
            }
        }, "workspace.goal.saved")) {
            clearGoal();
        }
    }

    public void removeGoal(GoalView view) {
        page.change(() -> projects.removeGoal(page.getProject().id(), page.version(), view.id()), "workspace.goal.removed");
        clearGoal();
    }

    public void clearGoal() {
        goalId = null;
        goal = null;
        indicators = null;
    }

    public Integer getTargetGroupPosition() {
        return targetGroupPosition;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public Integer getActivityPosition() {
        return activityPosition;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }
}
