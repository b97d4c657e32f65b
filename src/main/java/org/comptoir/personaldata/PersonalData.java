package org.comptoir.personaldata;

import java.util.List;

/**
 * What Comptoir holds about the person an admin searched for.
 *
 * @param mails how many mail log rows concern them
 */
public record PersonalData(List<PersonalContact> contacts, List<PersonalFollowUp> followUps, int mails) {

    public PersonalData {
        contacts = List.copyOf(contacts);
        followUps = List.copyOf(followUps);
    }

    public boolean isEmpty() {
        return contacts.isEmpty() && followUps.isEmpty() && mails == 0;
    }
}
