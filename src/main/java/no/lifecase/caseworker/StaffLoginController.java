package no.lifecase.caseworker;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page in front of the Camunda webapps; Spring Security handles the form it posts. */
@Controller
class StaffLoginController {

    @GetMapping(StaffSecurity.LOGIN_PAGE)
    String loginPage() {
        return "staff-login";
    }
}
