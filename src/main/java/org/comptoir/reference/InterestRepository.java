package org.comptoir.reference;

interface InterestRepository extends EntryRepository<Interest> {}
