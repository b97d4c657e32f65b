package org.comptoir.reference;

import java.sql.SQLException;
import org.comptoir.base.ComptoirProperties;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V0025: offices (issue 16, decision 0030). A database holds a network of offices; each desk belongs to
 * one, each user to one or several. The database as it was becomes one office named by COMPTOIR_OFFICE_NAME, to
 * which every desk and every user is attached: nothing moves, nothing is lost. A Java migration because the name
 * is a setting, which a plain SQL migration would need a Flyway placeholder for in every Flyway the tests build.
 */
@Component
class OfficeMigration implements JavaMigration {

    private final String officeName;

    OfficeMigration(ComptoirProperties properties) {
        this.officeName = properties.officeName().strip();
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("0025");
    }

    @Override
    public String getDescription() {
        return "offices";
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
        try (var ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE office ("
                    + " id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " version BIGINT NOT NULL DEFAULT 0,"
                    + " name VARCHAR(120) NOT NULL,"
                    + " CONSTRAINT uk_office_name UNIQUE (name)"
                    + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
        try (var insert = connection.prepareStatement("INSERT INTO office (name) VALUES (?)")) {
            insert.setString(1, officeName.length() > 120 ? officeName.substring(0, 120) : officeName);
            insert.executeUpdate();
        }
        try (var ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE desk ADD COLUMN office_id BIGINT NULL");
            ddl.execute("UPDATE desk SET office_id = (SELECT MIN(id) FROM office)");
            ddl.execute("ALTER TABLE desk MODIFY office_id BIGINT NOT NULL,"
                    + " ADD CONSTRAINT fk_desk_office FOREIGN KEY (office_id) REFERENCES office (id)");
            ddl.execute("CREATE TABLE app_user_office ("
                    + " user_id BIGINT NOT NULL,"
                    + " office_id BIGINT NOT NULL,"
                    + " PRIMARY KEY (user_id, office_id),"
                    + " INDEX ix_app_user_office_office (office_id),"
                    + " CONSTRAINT fk_app_user_office_user FOREIGN KEY (user_id) REFERENCES app_user (id)"
                    + " ON DELETE CASCADE,"
                    + " CONSTRAINT fk_app_user_office_office FOREIGN KEY (office_id) REFERENCES office (id)"
                    + ") ENGINE = InnoDB");
            ddl.execute("INSERT INTO app_user_office (user_id, office_id) SELECT id, (SELECT MIN(id) FROM office)"
                    + " FROM app_user");
            ddl.execute("ALTER TABLE app_user_role DROP CONSTRAINT ck_app_user_role");
            ddl.execute("ALTER TABLE app_user_role ADD CONSTRAINT ck_app_user_role"
                    + " CHECK (role IN ('COUNSELLOR', 'DIRECTOR', 'ADMIN', 'NETWORK'))");
        }
    }
}
