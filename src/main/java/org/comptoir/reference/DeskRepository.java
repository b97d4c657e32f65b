package org.comptoir.reference;

interface DeskRepository extends EntryRepository<Desk> {}
