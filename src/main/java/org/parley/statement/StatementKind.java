package org.parley.statement;

public enum StatementKind {
    ASSESSMENT, CLAIM, DENIAL, PROPOSAL, DEMAND, COMMITMENT, ANALYSIS
}
