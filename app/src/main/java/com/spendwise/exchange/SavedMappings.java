package com.spendwise.exchange;

import com.spendwise.exchange.internal.MappingRepository;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The user's saved statement mappings: checked like any mapping, named uniquely per user. */
@Service
public class SavedMappings {

  private final MappingRepository mappings;

  SavedMappings(MappingRepository mappings) {
    this.mappings = mappings;
  }

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

  public void delete(UserId user, UUID id) {
    if (!mappings.delete(user, id)) {
      throw ProblemException.notFound("The mapping");
    }
  }
}
