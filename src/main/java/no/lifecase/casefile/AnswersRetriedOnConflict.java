package no.lifecase.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's answer to a task is not refused because a step of the same case finished at that moment. When a task is
 * completed while a job on another branch of the case reaches the same gateway, one of the two transactions finds the
 * execution changed; the job executor runs a job again, and this runs the completion again, up to three times
 * (docs/adr/0069). Only a completion in a transaction of its own is run again: one inside a caller's transaction has
 * written part of its work there, and is the caller's to retry.
 */
@Component
class AnswersRetriedOnConflict extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AnswersRetriedOnConflict.class);
    private static final int ATTEMPTS = 3;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null ? new ArrayList<CommandInterceptor>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Retry());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Retry extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
                    || TransactionSynchronizationManager.isActualTransactionActive()) {
                return next.execute(command);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return next.execute(command);
                } catch (OptimisticLockingException changedMeanwhile) {
                    if (attempt == ATTEMPTS) {
                        throw changedMeanwhile;
                    }
                    log.info("A task's completion met a step of the same case that finished at the same time; completing it again ({} of {})",
                            attempt + 1, ATTEMPTS);
                }
            }
        }
    }
}
