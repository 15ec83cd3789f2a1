package no.lifecase.agency;

/**
 * Puts a letter in the recipient's digital mailbox or sends it to print and post. Must be idempotent per
 * letter id: a retried step may post the same letter again.
 */
public interface LetterPost {

    void post(CitizenLetter letter);
}
