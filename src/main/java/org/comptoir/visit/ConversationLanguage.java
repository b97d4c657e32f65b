package org.comptoir.visit;

/**
 * The language the conversation was held in. Labels: translation keys {@code ConversationLanguage.<VALUE>}.
 */
public enum ConversationLanguage {
    FR,
    EN,
    DE,
    ES,
    IT,
    NL,
    OTHER
}
