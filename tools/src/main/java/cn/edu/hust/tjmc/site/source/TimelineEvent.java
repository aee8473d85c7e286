package cn.edu.hust.tjmc.site.source;

import java.util.List;
import java.util.Optional;

/** One entry of data/timeline.yaml: a visit, agreement, university day or other milestone. */
public record TimelineEvent(
        String id,
        EventDate date,
        String kind,
        String country,
        String title,
        String description,
        List<String> institutionIds,
        List<Person> people,
        Optional<PhotoUse> photo) {
}
