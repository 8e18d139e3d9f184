package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoldersTest {

    private final OfficeHolders holders = Gazetteers.get().officeHolders();

    @ParameterizedTest
    @CsvSource({
        // full names and listed aliases
        "Emmanuel Macron,FR", "Joe Biden,US", "Joseph R. Biden,US", "Volodymyr Zelensky,UA",
        "Volodymyr Zelenskyy,UA", "Sergei Lavrov,RU", "Sergey Lavrov,RU", "Aliaksandr Lukashenka,BY",
        "Jens Stoltenberg,NO", "Andrés Manuel López Obrador,MX", "Lula da Silva,BR",
        // diacritics, special letters and case folded as by NameKeys
        "Francois Hollande,FR", "Gerhard Schroder,DE", "Jonas Gahr Store,NO", "Lars Lokke Rasmussen,DK",
        "Zoran Djindjic,RS", "MILOS ZEMAN,CZ", "Micheal Martin,IE", "Sebastien Lecornu,FR",
        "Guðni Th. Jóhannesson,IS", "Gudni Johannesson,IS", "Jean-Yves Le Drian,FR", "Jean Yves Le Drian,FR",
        // a one-letter middle initial is ignored
        "George Bush,US", "Michael Higgins,IE", "Donald J. Trump,US"
    })
    void fullNameOrAliasGivesCountry(String name, String code) {
        assertEquals(Set.of(code), holders.countries(name, null), name);
    }

    @ParameterizedTest
    @CsvSource({
        "Putin", "Macron", "Biden", "Johnson", "Merkel", "Lula", "Obrador", "Vladimir", "Donald", "J. Biden",
        "Robinson", "N. R. Robinson"
    })
    void surnameOrGivenNameAloneDoesNotMatch(String name) {
        assertTrue(holders.lookup(name).isEmpty(), name);
    }

    @ParameterizedTest
    @CsvSource({
        "Boris Johnson,2017-06-01,foreign minister", "Boris Johnson,2020-06-01,head of government",
        "Vladimir Putin,2010-03-01,head of government", "Vladimir Putin,2015-03-01,head of state",
        "Dmitry Medvedev,2010-03-01,head of state", "Sergei Shoigu,2020-01-01,defence minister",
        "Antony Blinken,2023-05-05,foreign minister", "Jean-Yves Le Drian,2015-01-01,defence minister",
        "Jean-Yves Le Drian,2019-01-01,foreign minister"
    })
    void dateSelectsTheTermInForce(String name, String date, String office) {
        List<OfficeTerm> terms = holders.lookup(name, LocalDate.parse(date));
        assertEquals(List.of(office), terms.stream().map(t -> t.office().label()).toList(), name + " " + date);
    }

    @ParameterizedTest
    @CsvSource({
        "Joe Biden,2019-06-01", "Donald Trump,2023-06-01", "Angela Merkel,2023-01-01", "Olaf Scholz,2010-01-01"
    })
    void dateOutsideEveryTermGivesNothing(String name, String date) {
        assertTrue(holders.lookup(name, LocalDate.parse(date)).isEmpty(), name + " " + date);
    }

    @Test
    void changeoverYearMatchesBothHolders() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        assertEquals(1, holders.lookup("Angela Merkel", d).size());
        assertEquals(1, holders.lookup("Olaf Scholz", d).size());
        assertTrue(holders.lookup("Donald Trump", LocalDate.of(2025, 3, 1)).get(0).inOffice());
    }

    @ParameterizedTest
    @CsvSource({
        "Putin,RU,2022-02-24,head of state", "Lavrov,RU,2022-02-24,foreign minister",
        "López Obrador,MX,2020-01-01,head of state", "Lopez Obrador,MX,2020-01-01,head of state",
        "von der Leyen,DE,2015-01-01,defence minister", "Leyen,DE,2015-01-01,defence minister",
        "Lula,BR,2024-01-01,head of state", "Stoltenberg,NO,2010-01-01,head of government",
        "Søreide,NO,2018-01-01,foreign minister", "Whipps,PW,2022-01-01,head of state"
    })
    void surnameMatchesWithinTheGivenCountries(String surname, String code, String date, String office) {
        List<OfficeTerm> terms = holders.lookupSurname(surname, Set.of(code, "FR"), LocalDate.parse(date));
        assertTrue(terms.stream().anyMatch(t -> t.countryCode().equals(code) && t.office().label().equals(office)),
                surname + " " + terms);
        assertTrue(terms.stream().allMatch(t -> t.countryCode().equals(code)), surname + " " + terms);
    }

    @ParameterizedTest
    @CsvSource({
        "Putin,US", "Macron,DE", "Biden,GB", "III,GB", "Charles,US"
    })
    void surnameOutsideTheGivenCountriesDoesNotMatch(String surname, String code) {
        assertTrue(holders.lookupSurname(surname, Set.of(code), null).isEmpty(), surname);
    }

    @Test
    void surnameWithoutCountriesDoesNotMatch() {
        assertTrue(holders.lookupSurname("Putin", Set.of(), null).isEmpty());
        assertTrue(holders.lookupSurname("Putin", null, null).isEmpty());
    }

    @Test
    void sameNameInTwoCountriesGivesBoth() {
        assertEquals(Set.of("ES", "CO"), holders.countries("Pedro Sánchez", LocalDate.of(2025, 9, 1)));
        assertEquals(Set.of("ES"), holders.countries("Pedro Sanchez", LocalDate.of(2020, 1, 1)));
    }

    /** Well-known office-holders: name, country, office, a year they held it. */
    @ParameterizedTest
    @CsvSource({
        "Tony Blair,GB,head of government,2003", "Theresa May,GB,head of government,2018",
        "Keir Starmer,GB,head of government,2025", "David Lammy,GB,foreign minister,2024",
        "Ben Wallace,GB,defence minister,2021", "Jacques Chirac,FR,head of state,2003",
        "Nicolas Sarkozy,FR,head of state,2009", "Laurent Fabius,FR,foreign minister,2015",
        "Angela Merkel,DE,head of government,2015", "Frank-Walter Steinmeier,DE,head of state,2022",
        "Annalena Baerbock,DE,foreign minister,2023", "Boris Pistorius,DE,defence minister,2024",
        "Giorgia Meloni,IT,head of government,2023", "Silvio Berlusconi,IT,head of government,2005",
        "Sergei Shoigu,RU,defence minister,2014", "Mikhail Mishustin,RU,head of government,2021",
        "Petro Poroshenko,UA,head of state,2016", "Dmytro Kuleba,UA,foreign minister,2022",
        "Oleksii Reznikov,UA,defence minister,2022", "Aleksandar Vučić,RS,head of state,2020",
        "Albin Kurti,XK,head of government,2022", "Erna Solberg,NO,head of government,2016",
        "Ignazio Cassis,CH,foreign minister,2020", "Viktor Orbán,HU,head of government,2015",
        "Donald Tusk,PL,head of government,2010",
        "Barack Obama,US,head of state,2012", "Barack Obama,US,head of government,2012",
        "Hillary Clinton,US,foreign minister,2010", "Lloyd Austin,US,defence minister,2022",
        "Condoleezza Rice,US,foreign minister,2006", "Justin Trudeau,CA,head of government,2020",
        "Mélanie Joly,CA,foreign minister,2023", "Jair Bolsonaro,BR,head of state,2020",
        "Celso Amorim,BR,foreign minister,2005", "Javier Milei,AR,head of state,2024",
        "Juan Manuel Santos,CO,head of state,2016", "Gustavo Petro,CO,head of state,2023",
        "Hugo Chávez,VE,head of state,2005", "Nicolás Maduro,VE,head of state,2019",
        "Miguel Díaz-Canel,CU,head of state,2020", "Claudia Sheinbaum,MX,head of state,2025",
        "Michelle Bachelet,CL,head of state,2015", "Evo Morales,BO,head of state,2010",
        "Nayib Bukele,SV,head of state,2021", "Anthony Albanese,AU,head of government,2023",
        "Penny Wong,AU,foreign minister,2023", "Jacinda Ardern,NZ,head of government,2019",
        "Frank Bainimarama,FJ,head of government,2015", "James Marape,PG,head of government,2020",
        "Pope Francis,VA,head of state,2015", "Elizabeth II,GB,head of state,2010"
    })
    void spotCheck(String name, String code, String office, int year) {
        List<OfficeTerm> terms = holders.lookup(name, LocalDate.of(year, 7, 1));
        assertTrue(terms.stream().anyMatch(t -> t.countryCode().equals(code) && t.office().label().equals(office)),
                name + " " + terms);
    }
}
