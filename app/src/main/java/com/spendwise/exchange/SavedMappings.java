package com.spendwise.exchange;

import com.spendwise.exchange.internal.MappingRepository;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user's saved statement mappings: checked like any mapping, named uniquely per user. */
@Service
public class SavedMappings {

  /** How many mappings one user may save; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("saved mappings", 200);

  private final MappingRepository mappings;

  SavedMappings(MappingRepository mappings) {
    this.mappings = mappings;
  }

  @Transactional
  public SavedMapping save(UserId user, String name, ImportMapping mapping) {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.strip().length() > 50) {
      problems.add(new FieldProblem("name", "size", "Must be 1 to 50 characters."));
    }
    if (mapping == null) {
      problems.add(new FieldProblem("mapping", "required", "Say which column holds what."));
    } else {
      problems.addAll(mapping.problems());
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    mappings.checkRoom(user, LIMIT);
    return mappings
        .insert(user, name.strip(), mapping)
        .orElseThrow(
            () ->
                ProblemException.conflict(
                    "name-taken", "You already have a mapping with this name."));
  }

  public SavedMapping get(UserId user, UUID id) {
    return mappings.find(user, id).orElseThrow(() -> ProblemException.notFound("The mapping"));
  }

  public Page<SavedMapping> list(UserId user, PageRequest page) {
    return mappings.page(user, page);
  }

  /** All the user's saved mappings (at most {@link #LIMIT}): for choosing one. */
  public List<SavedMapping> all(UserId user) {
    return LIMIT.all(page -> mappings.page(user, page));
  }

  public void delete(UserId user, UUID id) {
    if (!mappings.delete(user, id)) {
      throw ProblemException.notFound("The mapping");
    }
  }
}
