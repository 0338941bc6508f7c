package org.ponte.mapper.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyParserTest {
    private final MoneyParser p = new MoneyParser();

    private String amount(String s, String currency) {
        MoneyParser.Found f = p.first(s, currency);
        return f == null ? null : f.money().amount().toPlainString() + " " + f.money().currency();
    }

    @Test
    void readsEnglishAndItalianNotation() {
        assertEquals("399740 EUR", amount("399740", "EUR"));
        assertEquals("1250000 EUR", amount("€ 1.250.000,00", null));
        assertEquals("350000 EUR", amount("EUR 350,000", null));
        assertEquals("2500000 EUR", amount("2.5 million euro", null));
        assertEquals("1200000 EUR", amount("un costo complessivo di 1,2 milioni di euro", null));
        assertEquals("299870.5 EUR", amount("EU contribution: € 299,870.50", null));
        assertEquals("350000 EUR", amount("350 mila euro", null));
        assertEquals("1134520 EUR", amount("Total budget: EUR 1,134,520.00", null));
    }

    @Test
    void needsACurrencyFromTheTextOrTheKey() {
        assertNull(amount("60 young Europeans met in 2013", null));
        assertEquals(new BigDecimal("742000"), p.first("742.000", "EUR").money().amount());
    }
}
