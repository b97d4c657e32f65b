-- What visitors are interested in, and what they ask about: lists an admin keeps (rename, reorder,
-- retire without losing history).
CREATE TABLE interest (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    name_fr     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_interest_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO interest (code, name_fr, name_en, sort_order) VALUES
    ('VOLCANOES_NATURE', 'Volcans et nature', 'Volcanoes & nature', 10),
    ('HIKING', 'Randonnée', 'Hiking', 20),
    ('CYCLING', 'Vélo et VTT', 'Cycling & mountain biking', 30),
    ('HERITAGE_HISTORY', 'Patrimoine et histoire', 'Heritage & history', 40),
    ('MUSEUMS', 'Musées', 'Museums', 50),
    ('MICHELIN_INDUSTRIAL', 'Michelin et patrimoine industriel', 'Michelin & industrial heritage', 60),
    ('GASTRONOMY', 'Gastronomie et produits locaux', 'Gastronomy & local products', 70),
    ('SPAS_WELLNESS', 'Thermalisme et bien-être', 'Spas & wellness', 80),
    ('FAMILY_KIDS', 'Famille et enfants', 'Family & kids', 90),
    ('EVENTS_FESTIVALS', 'Événements et festivals', 'Events & festivals', 100),
    ('SHOPPING_CRAFTS', 'Shopping et artisanat', 'Shopping & local crafts', 110),
    ('OUTDOOR_SPORTS', 'Sports de plein air', 'Outdoor sports', 120);

CREATE TABLE question_topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    name_fr     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_question_topic_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO question_topic (code, name_fr, name_en, sort_order) VALUES
    ('DIRECTIONS_MAPS', 'Itinéraire et plans', 'Directions & maps', 10),
    ('ACCOMMODATION', 'Hébergement', 'Accommodation', 20),
    ('RESTAURANTS', 'Restaurants', 'Restaurants', 30),
    ('TRANSPORT', 'Transports', 'Transport', 40),
    ('EVENTS', 'Agenda et événements', 'Events', 50),
    ('HIKING_ROUTES', 'Itinéraires de randonnée', 'Hiking routes', 60),
    ('TICKETS', 'Billetterie', 'Tickets', 70),
    ('WEATHER', 'Météo', 'Weather', 80),
    ('PRACTICAL_INFO', 'Infos pratiques', 'Practical info', 90),
    ('BROCHURES', 'Brochures', 'Brochures', 100);

-- Each desk's quick-count buttons, in order.
CREATE TABLE desk_quick_question (
    desk_id           BIGINT NOT NULL,
    question_topic_id BIGINT NOT NULL,
    position          INT    NOT NULL,
    PRIMARY KEY (desk_id, question_topic_id),
    CONSTRAINT fk_dqq_desk FOREIGN KEY (desk_id) REFERENCES desk (id) ON DELETE CASCADE,
    CONSTRAINT fk_dqq_question FOREIGN KEY (question_topic_id) REFERENCES question_topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO desk_quick_question (desk_id, question_topic_id, position)
SELECT d.id, q.id, q.sort_order
FROM desk d JOIN question_topic q
WHERE d.code = 'MAIN' AND q.code IN ('DIRECTIONS_MAPS', 'TRANSPORT', 'PRACTICAL_INFO', 'BROCHURES', 'WEATHER', 'EVENTS');
