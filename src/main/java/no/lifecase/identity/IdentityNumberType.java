package no.lifecase.identity;

/** The identity numbers a form field can hold, each checked by its own rules (length, check digits, a real date). */
public enum IdentityNumberType {

    /** A person: fødselsnummer, D-number and their variants ({@link Fodselsnummer}). */
    FODSELSNUMMER {
        @Override
        public void check(String value, String field) {
            Fodselsnummer.parse(value, field);
        }
    },

    /** An organisation in Enhetsregisteret ({@link Organisasjonsnummer}). */
    ORGANISASJONSNUMMER {
        @Override
        public void check(String value, String field) {
            Organisasjonsnummer.parse(value, field);
        }
    };

    /**
     * @param field the input field the value came from, named in the exception
     * @throws InvalidIdentityNumber if the value is not a valid number of this type
     */
    public abstract void check(String value, String field);
}
