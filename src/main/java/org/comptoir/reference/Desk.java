package org.comptoir.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A place where counsellors meet visitors: the main office, a summit kiosk, a seasonal desk.
 */
@Entity
@Table(name = "desk")
class Desk extends NamedEntry {}
