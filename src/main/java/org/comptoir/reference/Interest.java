package org.comptoir.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What a visitor is interested in (volcanoes, hiking, gastronomy…): what suggestions match on.
 */
@Entity
@Table(name = "interest")
class Interest extends NamedEntry {}
