package no.lifecase.simulator.population;

import java.util.List;

/** A municipality the synthetic population lives in, with a few of its real streets. */
public record Municipality(String number, String name, String postalPlace, int weight, List<Street> streets) {

    /** A real street and its postcode. */
    public record Street(String name, String postalCode) {
    }

    /**
     * Where the population lives, weighted roughly by size. Numbers are those in force from 2024
     * (Sandefjord 3907, Tromsø 5501).
     */
    public static final List<Municipality> ALL = List.of(
            new Municipality("0301", "Oslo", "OSLO", 35, List.of(
                    new Street("Karl Johans gate", "0154"), new Street("Storgata", "0155"),
                    new Street("Thereses gate", "0168"), new Street("Bogstadveien", "0355"),
                    new Street("Trondheimsveien", "0560"), new Street("Grønlandsleiret", "0190"),
                    new Street("Kirkeveien", "0368"))),
            new Municipality("4601", "Bergen", "BERGEN", 20, List.of(
                    new Street("Strandgaten", "5013"), new Street("Nygårdsgaten", "5015"),
                    new Street("Kalfarveien", "5018"), new Street("Michael Krohns gate", "5031"),
                    new Street("Fjøsangerveien", "5054"))),
            new Municipality("5001", "Trondheim", "TRONDHEIM", 15, List.of(
                    new Street("Munkegata", "7011"), new Street("Kongens gate", "7012"),
                    new Street("Innherredsveien", "7014"), new Street("Elgeseter gate", "7030"),
                    new Street("Byåsveien", "7021"))),
            new Municipality("1103", "Stavanger", "STAVANGER", 12, List.of(
                    new Street("Kirkegata", "4006"), new Street("Pedersgata", "4013"),
                    new Street("Løkkeveien", "4008"), new Street("Madlaveien", "4009"),
                    new Street("Hillevågsveien", "4016"))),
            new Municipality("3907", "Sandefjord", "SANDEFJORD", 8, List.of(
                    new Street("Dronningens gate", "3211"), new Street("Thor Dahls gate", "3210"),
                    new Street("Kilgata", "3217"), new Street("Hjertnespromenaden", "3222"))),
            new Municipality("5501", "Tromsø", "TROMSØ", 10, List.of(
                    new Street("Storgata", "9008"), new Street("Grønnegata", "9008"),
                    new Street("Sjøgata", "9008"), new Street("Kvaløyvegen", "9013"),
                    new Street("Hansine Hansens veg", "9019"))));
}
