package no.lifecase.simulator.estate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * DSOP "Oppgjør etter dødsfall", both steps, with the person in DSOP's {@code CustomerID} header. The paths are ours
 * (the real step 2 is served by each bank), so they sit under {@code /sim/estate/dsop}, open like every {@code /sim}
 * path: the simulated Maskinporten has no DSOP scopes to check.
 */
@RestController
@Profile("simulators")
class DsopSimulatorController {

    private final SimulatedBanks banks;
    private final Clock clock;

    DsopSimulatorController(SimulatedBanks banks, Clock clock) {
        this.banks = banks;
        this.clock = clock;
    }

    @GetMapping("/sim/estate/dsop/customer-relations")
    DsopJson.CustomerRelations customerRelations(@RequestHeader("CustomerID") String customerId) {
        return DsopJson.customerRelations(banks.banksOf(Fodselsnummer.parse(customerId, "CustomerID")));
    }

    /**
     * The accounts with their balances at the end of {@code balanceDate} (the date of death; today without it), and the
     * debts the bank holds on that day. 404 where the person is no customer, as a bank answers.
     */
    @GetMapping("/sim/estate/dsop/banks/{organizationNumber}/accounts")
    DsopJson.BankDetails accounts(@RequestHeader("CustomerID") String customerId, @PathVariable String organizationNumber,
                                  @RequestParam(required = false) String balanceDate) {
        var person = Fodselsnummer.parse(customerId, "CustomerID");
        var day = day(balanceDate);
        var accounts = banks.accountsAt(person, organizationNumber, day);
        var debts = banks.debtsAt(person, organizationNumber, day);
        var bank = banks.banksOf(person).stream().filter(known -> known.organizationNumber().equals(organizationNumber)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer relationship"));
        return DsopJson.bankDetails(bank, accounts, debts, person.value(), banks.accountName(person), day);
    }

    private LocalDate day(String balanceDate) {
        if (balanceDate == null || balanceDate.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(balanceDate);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "balanceDate must be a date, yyyy-MM-dd");
        }
    }
}
