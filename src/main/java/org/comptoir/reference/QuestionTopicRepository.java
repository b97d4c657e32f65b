package org.comptoir.reference;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionTopicRepository extends EntryRepository<QuestionTopic> {

    @Query(value = """
            select q.* from question_topic q join desk_quick_question d on d.question_topic_id = q.id
            where d.desk_id = :deskId and q.active order by d.position""", nativeQuery = true)
    List<QuestionTopic> quickQuestions(long deskId);

    @Modifying
    @Query(value = "delete from desk_quick_question where desk_id = :deskId", nativeQuery = true)
    void clearQuickQuestions(long deskId);

    @Modifying
    @Query(value = """
            insert into desk_quick_question (desk_id, question_topic_id, position)
            values (:deskId, :questionId, :position)""", nativeQuery = true)
    void addQuickQuestion(long deskId, long questionId, int position);
}
