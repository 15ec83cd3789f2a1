package no.lifecase.agency.appeal;

/** Where an appeal or review is: with the deciding agency, with the appeal body, or decided (answered). */
public enum AppealStage {
    WITH_AGENCY,
    WITH_APPEAL_BODY,
    DECIDED
}
