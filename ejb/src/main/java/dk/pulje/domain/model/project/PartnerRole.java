package dk.pulje.domain.model.project;

/** What an organisation does in a project besides owning it. Labels: {@code enum.PartnerRole.*}. */
public enum PartnerRole {
    PARTICIPANT,
    STEERING_GROUP,
    TEST_SITE,
    INVITED,
    ADVISOR
}
