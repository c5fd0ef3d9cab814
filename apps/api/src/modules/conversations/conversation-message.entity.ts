import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MeetingRequestEntity } from '../meetings/meeting-request.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * One message in the private thread between the two participants of a meeting request. The length
 * limit is the database's too (1 to 1000 characters), not only the schema's.
 */
@Entity('conversation_messages')
@Index('conversation_messages_request_idx', ['requestId', 'createdAt', 'id'])
@Index('conversation_messages_author_created_idx', ['authorId', 'createdAt'])
@Check('conversation_messages_body_length', `char_length("body") BETWEEN 1 AND 1000`)
export class ConversationMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => MeetingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'conversation_messages_request_fk' })
  request: Relation<MeetingRequestEntity>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'conversation_messages_author_fk' })
  author: Relation<UserEntity>;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
