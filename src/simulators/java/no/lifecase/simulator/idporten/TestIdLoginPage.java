package no.lifecase.simulator.idporten;

import java.util.List;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The test ID-porten's login page, TestID style: pick or type a synthetic person, choose the level. */
@Controller
@Profile("simulators")
class TestIdLoginPage {

    private final TestPersons persons;

    TestIdLoginPage(TestPersons persons) {
        this.persons = persons;
    }

    @GetMapping(TestIdportenSecurity.LOGIN_PAGE)
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("persons", persons.suggested());
        model.addAttribute("levels", List.of(LevelOfAssurance.SUBSTANTIAL, LevelOfAssurance.HIGH, LevelOfAssurance.LOW));
        model.addAttribute("error", error != null);
        return "simulator/testid-login";
    }
}
