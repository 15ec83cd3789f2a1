package no.lifecase.casefile;

import java.util.List;

/**
 * The process variables of a life event that name the people who act for its subject (a parent for the child, an
 * heir for the deceased, a board member for the organisation); see docs/adr/0014-representation-from-the-case.md.
 *
 * @param variables    the variables, each a fødselsnummer or a list of them
 * @param thisCaseOnly true when they act in that one case only: a board member acts for the organisation, not for the
 *                     founder whose case it is, so the founder's other cases stay closed to them
 */
public record Representatives(List<String> variables, boolean thisCaseOnly) {

    public static final Representatives NONE = new Representatives(List.of(), false);

    public Representatives {
        variables = List.copyOf(variables);
    }

    public static Representatives forTheSubject(String... variables) {
        return new Representatives(List.of(variables), false);
    }

    public static Representatives inThisCaseOnly(String... variables) {
        return new Representatives(List.of(variables), true);
    }
}
