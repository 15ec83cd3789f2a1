/**
 * The texts a citizen reads in a Camunda Form, in bokmål, nynorsk and English, kept beside the form and deployed with
 * it (docs/adr/0052). A leaf: it knows forms and languages, not who shows them.
 */
package no.lifecase.formtexts;
