package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoarseTagMapTest {
  private final CoarseTagMap map = CoarseTagMap.load();

  @Test
  void gpeClassesAreLocations() {
    assertThat(map.coarse("B-Nation")).isEqualTo("B-LOC");
    assertThat(map.coarse("I-Population-Center")).isEqualTo("I-LOC");
    assertThat(map.coarse("B-GPE-Cluster")).isEqualTo("B-LOC");
  }

  @Test
  void peopleIncludingPoliceArePersons() {
    assertThat(map.coarse("B-Politician")).isEqualTo("B-PER");
    assertThat(map.coarse("I-Police")).isEqualTo("I-PER");
  }

  @Test
  void organisationsAreOrg() {
    assertThat(map.coarse("B-Non-Governmental")).isEqualTo("B-ORG");
    assertThat(map.coarse("I-Media")).isEqualTo("I-ORG");
  }

  @Test
  void groupsAndUnlistedClassesAreMisc() {
    assertThat(map.coarse("B-Group")).isEqualTo("B-MISC");
    assertThat(map.coarse("B-SomethingNew")).isEqualTo("B-MISC");
  }

  @Test
  void outsideAndJunkAreO() {
    assertThat(map.coarse("O")).isEqualTo("O");
    assertThat(map.coarse("")).isEqualTo("O");
    assertThat(map.coarse("O\r")).isEqualTo("O");
  }
}
