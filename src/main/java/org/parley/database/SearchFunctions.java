package org.parley.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.query.sqm.function.SqmFunctionRegistry;
import org.hibernate.type.BasicTypeRegistry;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL's full-text search for criteria queries ({@link org.parley.domain.TextMatch}), through the
 * {@code parley} text search configuration and {@code parley_fold} of migration V16. The query is always
 * built by {@link org.parley.domain.TextQuery}, so {@code to_tsquery} never sees what a user typed as syntax.
 */
public class SearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        SqmFunctionRegistry functions = contributions.getFunctionRegistry();
        BasicTypeRegistry types = contributions.getTypeConfiguration().getBasicTypeRegistry();
        functions.registerPattern("parley_matches", "(?1 @@ to_tsquery('parley', ?2))", types.resolve(StandardBasicTypes.BOOLEAN));
        functions.registerPattern("parley_rank", "ts_rank(?1, to_tsquery('parley', ?2))", types.resolve(StandardBasicTypes.DOUBLE));
        functions.registerPattern("parley_fold", "parley_fold(?1)", types.resolve(StandardBasicTypes.STRING));
    }
}
