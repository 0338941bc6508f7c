package org.ponte.mapper.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ponte.core.Problems;
import org.ponte.mapper.TestHome;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Lexicon;

class DateParserTest {
    private static final DateParser P = new DateParser(
            Lexicon.load(new DataFiles(TestHome.home().resolve("data/patterns"), "ponte/data/patterns"), Problems.ignore()));

    private static String range(String s) {
        Period p = P.firstPeriod(s, w -> {});
        if (p == null) return null;
        return (p.start() == null ? "-" : p.start().lexical()) + "/" + (p.open() ? "open" : p.end() == null ? "-" : p.end().lexical());
    }

    @Test
    void readsTheFormsProjectPagesUse() {
        assertEquals("2013/2015", range("Duration: 2013-2015"));
        assertEquals("2005/open", range("2005-ongoing"));
        assertEquals("2012-10-01/2014-09", range("01/10/12 to 31/09/14"));
        assertEquals("2016-03-01/2018-02-28", range("from 01/03/2016 to 28/02/2018"));
        assertEquals("2014-02-03/2014-02-07", range("dal 3 al 7 febbraio 2014"));
        assertEquals("2019-01/2021-06", range("January 2019 – June 2021"));
        assertEquals("2017-09-01/2019-08-31", range("dal 1° settembre 2017 al 31 agosto 2019"));
        assertEquals("2018-01/2020-12", range("da gennaio 2018 a dicembre 2020"));
        assertEquals("2013-07/2013-07", range("July 2013"));
        assertEquals("2014-06/2014-06", range("june 2014"));
        assertEquals("2014/2014", range("(Conclusion: 2014)"));
        assertEquals("2006/2014", range("Duration:  2006-2014. Five editions"));
        assertEquals("2021/2021", range("2021"));
    }

    @Test
    void neverProducesAnImpossibleDayAndSaysSo() {
        List<String> warnings = new ArrayList<>();
        Period p = P.firstPeriod("01/10/12 to 31/09/14", warnings::add);
        assertEquals("2014-09", p.end().lexical());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", p.end().datatype().getURI());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("31/09/2014") && w.contains("does not exist")), warnings.toString());
        assertEquals("2016-02", P.date("30/02/2016", w -> {}).lexical());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNotAPeriod() {
        List<String> warnings = new ArrayList<>();
        assertNull(P.firstPeriod("2019-2015", warnings::add));
        assertTrue(!warnings.isEmpty());
    }
}
