package no.lifecase.lifeevent;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a process variable in a life event's class of names that none of its models spells, because Java writes it
 * and Java reads it (a delegate's result another delegate or the case file reads). Every other name in the class is
 * held to the models by ModelNamesTest (docs/adr/0043-model-names-held-to-the-models.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotInTheModel {

    /** Who writes it and who reads it. */
    String value();
}
