package org.parley.statement;

import java.time.LocalDate;
import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class AnswerToLaterStatement extends RuleViolation {

    private AnswerToLaterStatement(String detail) {
        super(Rule.ANSWER_TO_LATER_STATEMENT, detail);
    }

    static AnswerToLaterStatement answering(UUID answer, LocalDate answeredOn, UUID answered, LocalDate statedOn) {
        return new AnswerToLaterStatement("Statement %s of %s cannot answer statement %s, made later on %s; a statement answers only earlier ones"
            .formatted(answer == null ? "(new)" : answer, answeredOn, answered, statedOn));
    }

    static AnswerToLaterStatement movingAfter(UUID answered, LocalDate statedOn, UUID answer) {
        return new AnswerToLaterStatement("Statement %s cannot move to %s: statement %s, made before that day, answers it; a statement answers only earlier ones"
            .formatted(answered, statedOn, answer));
    }
}
