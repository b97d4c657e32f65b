package org.comptoir.attraction;

import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V0020: the search reads descriptions too. A column of folded descriptions (French and
 * English) with a full-text index, filled here for the attractions already stored: the folding is
 * {@link SearchText}'s, which SQL cannot do (accents, ligatures), hence a Java migration.
 */
@Component
class DescriptionSearchMigration implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("0020");
    }

    @Override
    public String getDescription() {
        return "attraction description search";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var alter = connection.createStatement()) {
            alter.execute("alter table attraction add column description_text text null");
            alter.execute("alter table attraction add fulltext index ft_attraction_description (description_text)");
        }
        try (var read = connection.prepareStatement("select id, description_fr, description_en from attraction");
                var write = connection.prepareStatement("update attraction set description_text = ? where id = ?");
                var rows = read.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchText.description(rows.getString(2), rows.getString(3)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
    }
}
