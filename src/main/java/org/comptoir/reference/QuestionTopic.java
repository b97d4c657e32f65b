package org.comptoir.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What a visitor asked about (directions, accommodation, transport…).
 */
@Entity
@Table(name = "question_topic")
class QuestionTopic extends NamedEntry {}
