package no.lifecase.simulator;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sim/faults}: the same faults over HTTP, for demos and for tests that drive the application from outside.
 * Not part of any real register's API.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/faults")
class SimulatorFaultsController {

    private final SimulatorFaults faults;

    SimulatorFaultsController(SimulatorFaults faults) {
        this.faults = faults;
    }

    /**
     * @param kind        slow | tooManyRequests | serverError | status | down
     * @param delayMillis for slow; for down, how long to hold (default: past the client's read timeout)
     * @param retryAfter  for tooManyRequests, as the register writes it
     * @param status      for status
     * @param times       how many requests fail; omit for "until cleared"
     */
    record FaultRequest(String register, String kind, Long delayMillis, String retryAfter, Integer status, Integer times) {
    }

    @PostMapping
    Map<String, Object> inject(@RequestBody FaultRequest request) {
        if (request.register() == null || request.register().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "register is required");
        }
        var fault = fault(request);
        if (request.times() == null) {
            faults.inject(request.register(), fault);
        } else {
            faults.inject(request.register(), fault, request.times());
        }
        return Map.of("register", request.register(), "fault", fault.toString());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        faults.clear();
    }

    @DeleteMapping("/{register}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String register) {
        faults.clear(register);
    }

    private static Fault fault(FaultRequest request) {
        var kind = request.kind() == null ? "" : request.kind();
        return switch (kind) {
            case "slow" -> Fault.slow(Duration.ofMillis(required(request.delayMillis(), "delayMillis")));
            case "tooManyRequests" -> Fault.tooManyRequests(request.retryAfter() == null ? "1000" : request.retryAfter());
            case "serverError" -> Fault.serverError();
            case "status" -> Fault.status(required(request.status(), "status"));
            case "down" -> request.delayMillis() == null ? Fault.down() : Fault.down(Duration.ofMillis(request.delayMillis()));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "kind must be slow, tooManyRequests, serverError, status or down");
        };
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required for this kind");
        }
        return value;
    }
}
