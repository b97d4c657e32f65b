package org.comptoir.attraction;

/**
 * What a visit costs an adult: free, € (under 10), €€ (10–25), €€€ (over 25).
 */
public enum PriceLevel {
    FREE("0"),
    LOW("€"),
    MEDIUM("€€"),
    HIGH("€€€");

    private final String symbol;

    PriceLevel(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
