package org.ponte.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A fact of the generated gold: subject, predicate, and either objects (entity ids, any one of
 * which is right) or a value (a date prefix at the precision the text gives, or an amount in EUR).
 *
 * @param optional debatable: neither rewarded nor counted wrong
 */
record GoldFact(String s, String p, List<String> o, String date, BigDecimal amount, boolean optional) {
    GoldFact {
        Objects.requireNonNull(s);
        Objects.requireNonNull(p);
        o = o == null ? List.of() : List.copyOf(o);
        if (o.isEmpty() && date == null && amount == null) throw new IllegalArgumentException("fact without object or value: " + s + " " + p);
    }

    /** What identifies the statement, whatever its optionality. */
    String key() {
        return s + "|" + p + "|" + o + "|" + date + "|" + (amount == null ? null : amount.stripTrailingZeros().toPlainString());
    }

    GoldFact required() {
        return new GoldFact(s, p, o, date, amount, false);
    }
}
