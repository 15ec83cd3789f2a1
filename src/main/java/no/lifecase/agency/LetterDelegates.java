package no.lifecase.agency;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters and one-way notices the life-event models send, each a bean named for the Modeler. */
@Configuration(proxyBeanMethods = false)
class LetterDelegates {

    /** NAV grants child benefit automatically when the birth meets its rules; Lifecase tells NAV it did. */
    @Bean
    JavaDelegate grantChildBenefit(AgencyNotices notices) {
        return new SendNoticeDelegate(notices, "nav", "child-benefit-granted-automatically");
    }

    @Bean
    JavaDelegate sendNameReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "name-reminder", "parentsWithResponsibility");
    }

    /** The heirs' reminders before the 60-day deadline are heir letters too; the step names the days left. */
    @Bean
    JavaDelegate sendHeirReminder(CitizenLetters letters) {
        return new SendHeirLettersDelegate(letters);
    }

    @Bean
    JavaDelegate sendChoiceReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "parental-benefit-reminder", "motherId");
    }

    // Starting a business: letters to the founder, the case's subject.

    @Bean
    JavaDelegate sendStartGuidance(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "business-start-guidance", "subject");
    }

    @Bean
    JavaDelegate sendMissingRoleLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "business-missing-role", "subject");
    }

    @Bean
    JavaDelegate sendVatRegistrationLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "vat-registration-required", "subject");
    }

    @Bean
    JavaDelegate sendVatThresholdLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "vat-threshold-information", "subject");
    }

    // Starting a voluntary organisation: letters to the board.

    /** The letter about the grant schemes that the decision voluntary-schemes chose ({@code schemeLetter}). */
    @Bean
    JavaDelegate sendSchemeOffers(CitizenLetters letters) {
        return new SendOrganisationLetterDelegate(letters, null, "schemeLetter");
    }

    @Bean
    JavaDelegate sendRegistrationGuidance(CitizenLetters letters) {
        return new SendOrganisationLetterDelegate(letters, "frivillighetsregisteret-registration-guidance", null);
    }

    /** New in Norway: the overview of the newcomer's next steps, by the channel KRR gives. */
    @Bean
    JavaDelegate sendNewcomerWelcome(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "new-in-norway-welcome", "subject");
    }
}
