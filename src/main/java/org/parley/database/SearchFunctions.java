package org.parley.database;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.function.SqmFunctionRegistry;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionArgumentTypeResolvers;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.BasicType;
import org.hibernate.type.BasicTypeRegistry;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL's full-text search for criteria queries ({@link org.parley.domain.TextMatch}), through the
 * {@code parley} text search configuration and {@code parley_fold} of migration V16. The query is always
 * built by {@link org.parley.domain.TextQuery}, so {@code to_tsquery} never sees what a user typed as syntax.
 *
 * <p>{@code parley_matches(row.id, query)} and {@code parley_rank(row.id, query)} read the
 * {@code search_vector} column of the row whose id they are given. The vector is not mapped on the
 * entities, so that loading a record never carries it, and reaching it through the same row's alias
 * spares PostgreSQL a self-join on every search, which it would not remove.
 */
public class SearchFunctions implements FunctionContributor {

    /** The generated column that holds a row's search document, in every table that has one. */
    static final String VECTOR = "search_vector";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        SqmFunctionRegistry functions = contributions.getFunctionRegistry();
        BasicTypeRegistry types = contributions.getTypeConfiguration().getBasicTypeRegistry();
        functions.register("parley_matches", new OnSearchVector("parley_matches", "(", " @@ to_tsquery('parley', ", "))",
            types.resolve(StandardBasicTypes.BOOLEAN)));
        functions.register("parley_rank", new OnSearchVector("parley_rank", "ts_rank(", ", to_tsquery('parley', ", "))",
            types.resolve(StandardBasicTypes.DOUBLE)));
        functions.registerPattern("parley_fold", "parley_fold(?1)", types.resolve(StandardBasicTypes.STRING));
        // one array parameter for a list of ids, however long: a thousand bound values cost Hibernate and PostgreSQL more than the rows they name
        functions.registerPattern("parley_any", "(?1 = any(?2))", types.resolve(StandardBasicTypes.BOOLEAN));
    }

    /** {@code before} + the vector of the row whose column is the first argument + {@code between} + the query + {@code after}. */
    private static final class OnSearchVector extends AbstractSqmSelfRenderingFunctionDescriptor {

        private final String before;

        private final String between;

        private final String after;

        OnSearchVector(String name, String before, String between, String after, BasicType<?> result) {
            super(name, StandardArgumentsValidators.exactly(2), StandardFunctionReturnTypeResolvers.invariant(result),
                StandardFunctionArgumentTypeResolvers.NULL);
            this.before = before;
            this.between = between;
            this.after = after;
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                           SqlAstTranslator<?> walker) {
            ColumnReference column = arguments.get(0) instanceof Expression expression ? expression.getColumnReference() : null;
            if (column == null || column.getQualifier() == null) {
                throw new IllegalArgumentException(getName() + " takes a column of the searched row, such as its id, first");
            }
            sql.append(before);
            sql.append(column.getQualifier());
            sql.append('.');
            sql.append(VECTOR);
            sql.append(between);
            arguments.get(1).accept(walker);
            sql.append(after);
        }
    }
}
